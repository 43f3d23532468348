// The report src/commands/settings.ts returns and its views in src/render/ read: a leaf both import.

export interface SettingView {
  key: string;
  value: number;
  description: string;
  isDefault: boolean;
}
