/**
 * The operator console: every commune and intercommunality on the platform, onboarding,
 * module activation across tenants and platform health, for people holding the
 * {@code platform-operator} role. It holds no data: each view calls tenant-service's
 * operator API ({@link fr.clocher.kernel.api.platform.PlatformApi}) with the operator's
 * token. One sub-package per feature; this package holds what they share.
 */
package fr.clocher.portal.operator;
