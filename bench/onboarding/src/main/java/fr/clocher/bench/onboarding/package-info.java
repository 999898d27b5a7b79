/**
 * The onboarding benchmark: onboards every French commune and intercommunality through
 * the tenant registry on a fresh database, and measures whether a tenant-scoped query is
 * as fast with all of them as with ten ({@code DESIGN.md}, "Performance targets").
 * {@link fr.clocher.bench.onboarding.OnboardingBenchmarkMain} is the command;
 * {@link fr.clocher.bench.onboarding.OnboardingBenchmark} runs the phases, each of them
 * in a small class of its own.
 */
package fr.clocher.bench.onboarding;
