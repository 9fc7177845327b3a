import { choiceFilter } from '../../navigation/use-route-filters';

/** The registry lists' "active" filter in the address: active records by default (left out), `active=inactive` or `active=all`. */
export const activeFilter = choiceFilter<boolean | null>({ active: true, inactive: false, all: null }, true);
