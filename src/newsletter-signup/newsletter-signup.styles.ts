import { css } from '@lit/reactive-element';

export const styles = css`
  .surface {
    --_padding: var(--newsletter-signup-padding, 1.25rem);
    --_gap: var(--newsletter-signup-gap, 0.75rem);
    --_box-radius: var(--newsletter-signup-radius, var(--_radius));
    --_control-radius: var(--newsletter-signup-control-radius, 6px);
    --_border-width: var(--newsletter-signup-border-width, 1px);
    --_button: var(--newsletter-signup-button-color, var(--_accent));
    --_button-text: var(--newsletter-signup-button-text-color, var(--_accent-text));
    position: relative;
    container-type: inline-size;
    display: grid;
    gap: var(--_gap);
    padding: var(--_padding);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_box-radius);
  }
  h2,
  ::slotted([slot='heading']) {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .description {
    color: var(--_muted);
  }
  form,
  .field {
    display: grid;
    gap: var(--_gap);
  }
  .field {
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input[type='email'],
  input[type='text'] {
    flex: 1 1 14rem;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_control-radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  button {
    flex: 0 0 auto;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: var(--_button-text);
    background: var(--_button);
    border: 1px solid transparent;
    border-radius: var(--_control-radius);
    cursor: pointer;
  }
  /* No fading: "Subscribing…" must keep its 4.5:1 contrast. */
  button[aria-disabled='true'] {
    cursor: progress;
  }
  @container (max-inline-size: 22rem) {
    button {
      flex-basis: 100%;
    }
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.25rem 0.5rem;
  }
  ::slotted([slot='privacy']) {
    grid-column: 2;
  }
  .consent label {
    font-weight: normal;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .error,
  .message {
    margin: 0;
  }
  .error,
  .message.error {
    color: var(--_danger);
  }
  .message.success {
    color: var(--_success);
    font-weight: 600;
  }
  /* Out of the layout but in the accessibility tree: a region shown only with its first
     message is often not heard. */
  .message:empty {
    position: absolute;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
