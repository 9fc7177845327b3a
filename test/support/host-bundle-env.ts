/** The variable naming the core process bundle test/support/host-bundle.setup.ts builds (its own module: the setup must not load the core). */
export const HOST_BUNDLE_ENV = 'RUANG_UJI_TEST_HOST';
