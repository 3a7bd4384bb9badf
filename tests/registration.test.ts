import { expect } from '@open-wc/testing';
import { defineElement, kitMark } from '../src/internal/define-element.js';
import { StoryCard } from '../src/story-card/story-card.component.js';
import { QuotedReply } from '../src/quoted-reply/quoted-reply.component.js';
import { captureWarnings } from './support/fixtures.js';

describe('registration', () => {
  it('defines each tag once and is silent when the kit loads twice', () => {
    const warnings = captureWarnings();
    try {
      defineElement('story-card', StoryCard);
      defineElement('quoted-reply', QuotedReply);
      expect(customElements.get('story-card')).to.equal(StoryCard);
      // A second copy of the kit brings different classes carrying the same mark.
      class SecondCopy extends HTMLElement {
        static readonly kit = kitMark;
      }
      expect(() => defineElement('story-card', SecondCopy)).not.to.throw();
      expect(() => defineElement('story-card', StoryCard)).not.to.throw();
      expect(customElements.get('story-card')).to.equal(StoryCard);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('leaves a tag owned by a foreign element alone, with one warning', () => {
    class Foreign extends HTMLElement {}
    customElements.define('taken-card', Foreign);
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('taken-card', StoryCard)).not.to.throw();
      expect(customElements.get('taken-card')).to.equal(Foreign);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<taken-card>').and.contain('another script');
    } finally {
      warnings.restore();
    }
  });

  it('warns instead of throwing when the registry refuses', () => {
    const warnings = captureWarnings();
    try {
      // The same constructor cannot be registered under two names.
      expect(() => defineElement('other-story-card', StoryCard)).not.to.throw();
      expect(customElements.get('other-story-card')).to.be.undefined;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<other-story-card>');
    } finally {
      warnings.restore();
    }
  });

  it('runs the whole entry twice without an exception', async () => {
    const warnings = captureWarnings();
    try {
      await import('../src/story-widgets.js');
      // A cache-busting query makes the browser evaluate the module graph's entry again.
      await import(/* @vite-ignore */ `/src/story-widgets.ts?again=${Date.now()}`);
      for (const tag of ['story-card', 'quoted-reply', 'newsletter-signup']) {
        expect(customElements.get(tag), tag).to.exist;
      }
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
