/**
 * Version of the privacy notice (小程序隐私保护指引) the app currently shows. Raise it when the text changes:
 * users are asked again, and every consent row keeps the version it was given for.
 */
export const PRIVACY_POLICY_VERSION = '2026-11-01';
