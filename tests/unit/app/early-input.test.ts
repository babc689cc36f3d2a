import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUICK_EXIT_URL, installEarlyInput, replayHeldInput } from '../../../src/app/early-input';
import { CLEAR_ON_EXIT_KEY, HIDDEN_KEY } from '../../../src/store/clear-data';

// jsdom cannot navigate, so only `location.replace` is stood in for.
let replace: ReturnType<typeof vi.fn<(url: string) => void>>;
let doc: Document;

beforeEach(() => {
  replace = vi.fn<(url: string) => void>();
  vi.stubGlobal('location', { ...window.location, replace });
  // A document of its own, so the listener does not outlive the test.
  doc = document.implementation.createHTMLDocument('start');
  doc.body.innerHTML =
    '<div id="root" data-prerendered="zh-CN"><header><button type="button" class="quick-exit">' +
    '<span>快速离开</span></button><button type="button" class="lang">English</button>' +
    '</header><a href="#/step/cause">开始</a>' +
    '<label><input type="checkbox" id="clear-on-exit"> 同时清除</label></div>';
  localStorage.clear();
  localStorage.setItem('rnh.answers', '{"state":{}}');
  localStorage.setItem('other.site', 'kept');
  sessionStorage.setItem('rnh.letter_edit.x', 'draft');
  installEarlyInput(doc);
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

const click = (selector: string) =>
  doc
    .querySelector(selector)
    ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

describe('quick exit before the app has started', () => {
  it('leaves for a blank page on a click anywhere on the button, keeping data by default', () => {
    click('.quick-exit span');
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    expect(localStorage.getItem('rnh.answers')).not.toBeNull();
    // Hidden, as the running app's quick exit leaves it: every way back opens on the cover.
    expect(localStorage.getItem(HIDDEN_KEY)).toBe('1');
    expect(doc.documentElement.classList.contains('prerender-hidden')).toBe(true);
  });

  it('clears every key of the app first when that was chosen', () => {
    localStorage.setItem(CLEAR_ON_EXIT_KEY, '1');
    click('.quick-exit');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('rnh.answers')).toBeNull();
    expect(localStorage.getItem(CLEAR_ON_EXIT_KEY)).toBeNull();
    expect(sessionStorage.getItem('rnh.letter_edit.x')).toBeNull();
    expect(localStorage.getItem('other.site')).toBe('kept');
    expect(localStorage.getItem(HIDDEN_KEY)).toBe('1');
  });

  it('holds the last tap on a button or checkbox and clicks it once the app runs', () => {
    const clicks: string[] = [];
    doc.addEventListener('click', (e) => clicks.push((e.target as Element).className || 'box'));
    const box = doc.getElementById('clear-on-exit') as HTMLInputElement;
    click('#clear-on-exit');
    expect(box.checked).toBe(false); // not ticked behind the app's back
    click('.lang');
    click('.lang');
    expect(clicks).toEqual([]);

    doc.getElementById('root')?.removeAttribute('data-prerendered');
    replayHeldInput();
    expect(clicks).toEqual(['lang']); // the last tap, once
    replayHeldInput();
    expect(clicks).toEqual(['lang']);
    expect(replace).not.toHaveBeenCalled();
  });

  it('leaves links alone, and steps aside once the app has taken over', () => {
    const link = doc.querySelector('a') as HTMLAnchorElement;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    doc.getElementById('root')?.removeAttribute('data-prerendered');
    click('.quick-exit');
    expect(replace).not.toHaveBeenCalled();
  });
});
