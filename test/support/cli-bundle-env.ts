/** The variable naming the CLI bundle test/support/cli-bundle.setup.ts builds (its own module: the setup must not load the core). */
export const CLI_BUNDLE_ENV = 'RUANG_UJI_TEST_CLI';
