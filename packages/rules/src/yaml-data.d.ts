/** YAML data files are inlined at build time (scripts/lib/yaml-plugin.mjs). */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
