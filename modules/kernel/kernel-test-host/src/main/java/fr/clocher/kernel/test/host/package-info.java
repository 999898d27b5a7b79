/**
 * A module tested inside itself: {@link fr.clocher.kernel.test.host.ModuleTest} runs the
 * module's backend on {@link fr.clocher.kernel.test.host.ModuleTestHost} with the kernels
 * and the security chain of production, and
 * {@link fr.clocher.kernel.test.host.TestTokens} signs its requests in with tokens of the
 * realm's shape.
 */
package fr.clocher.kernel.test.host;
