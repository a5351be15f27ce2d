/**
 * The one font every chart is drawn in: Inter (SIL Open Font License 1.1), from the
 * `@expo-google-fonts/inter` package the project installs, so a chart looks the same on every
 * machine. resvg is told to load these files and no system font.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const CHART_FONT = "Inter";

/** The regular and bold faces, as paths inside node_modules. */
export const CHART_FONT_FILES: readonly string[] = [
  require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf"),
  require.resolve("@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf"),
];
