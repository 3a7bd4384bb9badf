/**
 * The kit's one Trusted Types policy turns only a Mailchimp JSONP address into a script URL,
 * whoever asks (cdn/core.js exports the function). Its own file: the policy is made once per page.
 */
import { expect } from '@open-wc/testing';
import { scriptUrlRule, trustedScriptUrl } from '../src/internal/trusted-types.js';

const hasTrustedTypes = 'trustedTypes' in window;

describe('the kit’s Trusted Types policy', () => {
  it('makes a script URL of an https *.list-manage.com or same-origin …/subscribe/post-json address only (without Trusted Types: the address as it is)', () => {
    const allowed = ['https://example.us1.list-manage.com/subscribe/post-json?u=a&id=b', `${location.origin}/proxy/subscribe/post-json?u=a`];
    const refused = [
      'https://evil.example/subscribe/post-json?u=a',
      'http://example.us1.list-manage.com/subscribe/post-json?u=a',
      'https://list-manage.com.evil.example/subscribe/post-json?u=a',
      'data:text/javascript,alert(1)//subscribe/post-json?',
      'https://example.us1.list-manage.com/other?u=a',
      'javascript:alert(1)//subscribe/post-json',
    ];
    for (const url of allowed) expect(String(trustedScriptUrl(url)), url).to.equal(url);
    for (const url of refused) expect(String(trustedScriptUrl(url)), url).to.equal(hasTrustedTypes ? '' : url);
  });
});

describe('the script-URL rule in an opaque-origin document (a sandboxed frame: location.origin is "null")', () => {
  it('refuses a data: URL, whose origin is "null" too, and a blob: one, and still takes Mailchimp', () => {
    const rule = (url: string) => scriptUrlRule(url, 'null');
    expect(rule('data:text/javascript,alert(1)//subscribe/post-json')).to.equal('');
    expect(rule('blob:null/0000//subscribe/post-json')).to.equal('');
    const mailchimp = 'https://example.us1.list-manage.com/subscribe/post-json?u=a&id=b';
    expect(rule(mailchimp)).to.equal(mailchimp);
  });
});
