import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../field-errors';
import { RegistryField } from '../RegistryField';
import { emptyElement, emptyKuk, emptyUnit, moved, replaced, without, type ElementDraft, type UnitDraft } from './draft';
import { MoveButtons } from './MoveButtons';

type Props = { units: UnitDraft[]; onChange: (units: UnitDraft[]) => void; errors: FieldErrors };

/**
 * Units of competency, their elements and KUK, in order. Each node is added, removed and reordered
 * with buttons; every input's field path (`units.0.elements.1.kuk.2.number`) is the one the core names
 * when it refuses it, so the message lands beside the right input.
 */
export function SchemeTreeEditor({ units, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <div className="scheme-tree" data-testid="scheme-tree">
      {units.length === 0 && <p className="empty">{t('registryScreens.schemes.noUnits')}</p>}
      <NodeProblem errors={errors} name="units" />
      <ol className="scheme-tree__units">
        {units.map((unit, u) => (
          <li key={unit.key} className="scheme-tree__unit" data-testid="tree-unit">
            <div className="scheme-tree__head">
              <h3 className="scheme-tree__title">{t('registryScreens.schemes.unit', { number: u + 1 })}</h3>
              <MoveButtons
                nodeKey={unit.key}
                index={u}
                count={units.length}
                onMove={(delta) => onChange(moved(units, u, delta))}
                onRemove={() => onChange(without(units, u))}
                upLabel={t('registryScreens.schemes.moveUnitUp', { number: u + 1 })}
                downLabel={t('registryScreens.schemes.moveUnitDown', { number: u + 1 })}
                removeLabel={t('registryScreens.schemes.removeUnit', { number: u + 1 })}
                listKey="units"
              />
            </div>
            <UnitFields unit={unit} path={`units.${u}`} errors={errors} onChange={(next) => onChange(replaced(units, u, next))} />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" data-testid="tree-add-unit" data-add="units" onClick={() => onChange([...units, emptyUnit()])}>
        {t('registryScreens.schemes.addUnit')}
      </button>
    </div>
  );
}

function UnitFields({ unit, path, errors, onChange }: { unit: UnitDraft; path: string; errors: FieldErrors; onChange: (unit: UnitDraft) => void }) {
  const { t } = useTranslation();
  const set = (key: 'code' | 'titleId' | 'titleEn') => (value: string) => onChange({ ...unit, [key]: value });
  const elements = (next: ElementDraft[]) => onChange({ ...unit, elements: next });
  return (
    <>
      <div className="registry-form__grid">
        <RegistryField name={`${path}.code`} label={t('registryScreens.schemes.unitCode')} hint={t('registryScreens.schemes.unitCodeHint')} value={unit.code} onChange={set('code')} errors={errors} mono />
        <RegistryField name={`${path}.titleId`} label={t('registryScreens.schemes.unitTitleId')} value={unit.titleId} onChange={set('titleId')} errors={errors} className="registry-form__wide" />
        <RegistryField name={`${path}.titleEn`} label={t('registryScreens.schemes.unitTitleEn')} value={unit.titleEn} onChange={set('titleEn')} errors={errors} optional className="registry-form__wide" />
      </div>
      <NodeProblem errors={errors} name={`${path}.elements`} />
      <ol className="scheme-tree__elements">
        {unit.elements.map((element, e) => (
          <li key={element.key} className="scheme-tree__element" data-testid="tree-element">
            <div className="scheme-tree__head">
              <h4 className="scheme-tree__title">{t('registryScreens.schemes.element', { number: e + 1 })}</h4>
              <MoveButtons
                nodeKey={element.key}
                index={e}
                count={unit.elements.length}
                onMove={(delta) => elements(moved(unit.elements, e, delta))}
                onRemove={() => elements(without(unit.elements, e))}
                upLabel={t('registryScreens.schemes.moveElementUp', { number: e + 1 })}
                downLabel={t('registryScreens.schemes.moveElementDown', { number: e + 1 })}
                removeLabel={t('registryScreens.schemes.removeElement', { number: e + 1 })}
                listKey={`${unit.key}-elements`}
              />
            </div>
            <ElementFields element={element} number={e + 1} path={`${path}.elements.${e}`} errors={errors} onChange={(next) => elements(replaced(unit.elements, e, next))} />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary button--small" data-testid="tree-add-element" data-add={`${unit.key}-elements`} onClick={() => elements([...unit.elements, emptyElement(unit.elements.length + 1)])}>
        {t('registryScreens.schemes.addElement')}
      </button>
    </>
  );
}

type ElementProps = { element: ElementDraft; number: number; path: string; errors: FieldErrors; onChange: (element: ElementDraft) => void };

function ElementFields({ element, number, path, errors, onChange }: ElementProps) {
  const { t } = useTranslation();
  const kuks = element.kuk;
  const setKuk = (k: number, key: 'number' | 'textId' | 'textEn') => (value: string) => onChange({ ...element, kuk: replaced(kuks, k, { ...kuks[k], [key]: value }) });
  return (
    <>
      <div className="registry-form__grid">
        <RegistryField name={`${path}.titleId`} label={t('registryScreens.schemes.elementTitleId')} value={element.titleId} onChange={(v) => onChange({ ...element, titleId: v })} errors={errors} className="registry-form__wide" />
        <RegistryField name={`${path}.titleEn`} label={t('registryScreens.schemes.elementTitleEn')} value={element.titleEn} onChange={(v) => onChange({ ...element, titleEn: v })} errors={errors} optional className="registry-form__wide" />
      </div>
      <NodeProblem errors={errors} name={`${path}.kuk`} />
      <ol className="scheme-tree__kuks" aria-label={t('registryScreens.schemes.kuk')}>
        {kuks.map((kuk, k) => (
          <li key={kuk.key} className="scheme-tree__kuk" data-testid="tree-kuk">
            <RegistryField name={`${path}.kuk.${k}.number`} label={t('registryScreens.schemes.kukNumber')} value={kuk.number} onChange={setKuk(k, 'number')} errors={errors} mono className="scheme-tree__kuk-number" />
            <RegistryField name={`${path}.kuk.${k}.textId`} label={t('registryScreens.schemes.kukTextId')} value={kuk.textId} onChange={setKuk(k, 'textId')} errors={errors} />
            <RegistryField name={`${path}.kuk.${k}.textEn`} label={t('registryScreens.schemes.kukTextEn')} value={kuk.textEn} onChange={setKuk(k, 'textEn')} errors={errors} optional />
            <MoveButtons
              nodeKey={kuk.key}
              index={k}
              count={kuks.length}
              onMove={(delta) => onChange({ ...element, kuk: moved(kuks, k, delta) })}
              onRemove={() => onChange({ ...element, kuk: without(kuks, k) })}
              upLabel={t('registryScreens.schemes.moveKukUp', { number: kuk.number || k + 1 })}
              downLabel={t('registryScreens.schemes.moveKukDown', { number: kuk.number || k + 1 })}
              removeLabel={t('registryScreens.schemes.removeKuk', { number: kuk.number || k + 1 })}
              listKey={`${element.key}-kuk`}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary button--small" data-testid="tree-add-kuk" data-add={`${element.key}-kuk`} onClick={() => onChange({ ...element, kuk: [...kuks, emptyKuk(`${number}.${kuks.length + 1}`)] })}>
        {t('registryScreens.schemes.addKuk')}
      </button>
    </>
  );
}

/** A refusal of a whole list (a unit without elements, an element without KUK), above that list. */
function NodeProblem({ errors, name }: { errors: FieldErrors; name: string }) {
  const { t } = useTranslation();
  const problem = errors.get(name);
  if (!problem) return null;
  return (
    <p className="field__problem" data-testid={`problem-${name}`}>
      {t(problem)}
    </p>
  );
}
