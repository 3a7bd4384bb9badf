import { expect } from '@open-wc/testing';
import { importLocale } from '../src/internal/on-demand.cdn.js';

describe('the CDN builds’ on-demand loader', () => {
  it('loads nothing when its own URL does not name the kit’s file (here a source module), and says how to load the kit', async () => {
    let error: unknown;
    try {
      await importLocale('fr');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('load the kit by the full path of its file');
    expect((error as Error).message).to.contain('/src/internal/on-demand.cdn.ts');
  });
});
