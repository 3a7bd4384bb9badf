import { css } from '@lit/reactive-element';

export const quotedReplyStyles = css`
  :host {
    container-type: inline-size !important;
  }
  .surface {
    border-radius: calc(var(--_radius) * 0.75);
  }
  .reply {
    border-color: var(--quoted-reply-border-color, var(--_border));
    background: var(--quoted-reply-background, var(--_surface));
  }
  @container (min-width: 480px) {
    .reply {
      padding: var(--_space);
    }
  }
`;
