/**
 * A setting the person chose that this device could not remember (storage full or blocked).
 * The choice still holds for this visit; the app says that it will not be kept.
 */
import { create } from 'zustand';
import type { WriteFailure, WriteResult } from '../lib/safe-storage';

export type SettingName = 'language' | 'clear_on_exit';

type SettingsNoticeState = {
  notSaved: { setting: SettingName; reason: WriteFailure } | null;
  dismiss: () => void;
};

export const useSettingsNotice = create<SettingsNoticeState>()((set) => ({
  notSaved: null,
  dismiss: () => set({ notSaved: null }),
}));

/** Records how saving `setting` went: a failure is shown, a later success takes it back. */
export function reportSettingSaved(setting: SettingName, result: WriteResult): void {
  const { notSaved } = useSettingsNotice.getState();
  if (!result.ok) useSettingsNotice.setState({ notSaved: { setting, reason: result.reason } });
  else if (notSaved?.setting === setting) useSettingsNotice.setState({ notSaved: null });
}
