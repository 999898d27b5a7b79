/**
 * Every service names the properties that hold its secrets
 * ({@code clocher.secrets.required}, each with the environment variable that sets it) and
 * refuses to start when one is missing, or holds a development value (prefix
 * {@value fr.clocher.kernel.secrets.SecretsCheck#DEVELOPMENT_PREFIX}) outside the
 * {@value fr.clocher.kernel.secrets.SecretsCheck#DEVELOPMENT_PROFILE} profile.
 */
package fr.clocher.kernel.secrets;
