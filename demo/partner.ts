// The partner page's own controls (/): the host's dark-mode switch (a `dark` class on <html>,
// which the elements follow live), and the demo's page width and language (`lang`/`dir` on
// <html>, which the elements' strings and dates follow).
export {}; // a module, so its names stay its own

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('#theme-toggle')!;
toggle.addEventListener('click', () => {
  const dark = root.classList.toggle('dark');
  toggle.setAttribute('aria-pressed', String(dark));
});

const frame = document.querySelector<HTMLElement>('.frame')!;
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="width"]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) frame.dataset['width'] = radio.value;
  });
}

// On <html>, where a site sets its language and where the kit watches it live.
const language = document.querySelector<HTMLSelectElement>('#lang')!;
language.addEventListener('change', () => {
  root.lang = language.value;
  root.dir = language.value === 'ar' ? 'rtl' : 'ltr';
});
