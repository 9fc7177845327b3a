import { describe, expect, it } from 'vitest';
import { htmlToText, plainText } from '../../../../electron/core/bank-import/sources/text';

describe('HTML reduced to text', () => {
  it('drops script and style with their content, keeps no tag or attribute (so no event handler), and decodes entities', () => {
    const reduced = htmlToText('<p onclick="steal()" style="color:red">Klik <a href="javascript:alert(1)" onmouseover="x()">di sini</a> &amp; &lt;b&gt; &nbsp;&#65;</p><script>alert("x")</script><style>p{}</style>');
    expect(reduced.text).toBe('Klik di sini & <b> \u00a0A');
    expect(reduced.dropped).toEqual(['script', 'style']);
    expect(reduced.text).not.toMatch(/alert|steal|onclick|javascript/);
  });

  it('breaks lines at blocks and <br>, collapses white space but in <pre>, numbers ordered lists and bullets the others', () => {
    expect(htmlToText('<p>Satu\n   dua</p><p>tiga<br>empat<br><br>lima</p><div>enam</div>').text).toBe('Satu dua\ntiga\nempat\n\nlima\nenam');
    expect(htmlToText('<pre>if (x) {\n    y();\n}</pre>').text).toBe('if (x) {\n    y();\n}');
    expect(htmlToText('<ol><li>satu</li><li>dua</li></ol><ul><li>a</li></ul>').text).toBe('1. satu\n2. dua\n• a');
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>').text).toBe('a | b\nc | d');
  });

  it('writes superscript and subscript digits as their characters, other text with ^ and _', () => {
    expect(htmlToText('x<sup>2</sup> + H<sub>2</sub>O = e<sup>iπ</sup>').text).toBe('x² + H₂O = e^(iπ)');
  });

  it('names embedded media and frames it drops, and returns images in order with their source', () => {
    const reduced = htmlToText('<p>a<iframe src="https://x"></iframe><img src="data:image/png;base64,AA" alt="p"><svg><text>t</text></svg><img src="b.png"></p>');
    expect(reduced.text).toBe('a');
    expect(reduced.dropped).toEqual(['iframe', 'svg']);
    expect(reduced.images).toEqual([
      { src: 'data:image/png;base64,AA', alt: 'p' },
      { src: 'b.png', alt: '' },
    ]);
  });
});

describe('plain text', () => {
  it('keeps markup and inner spacing, unifies line ends, and drops zero-width and control characters', () => {
    expect(plainText('\r\n  <b>x</b>\u200B  y \u0007\r\nz  \n\n')).toBe('  <b>x</b>  y\nz');
  });
});
