// The report src/commands/settings.ts returns and its views in src/render/ read: a leaf both import.

export interface SettingView {
  key: string;
  /** Whole days or people; my-emails: the addresses. */
  value: number | readonly string[];
  description: string;
  isDefault: boolean;
}
