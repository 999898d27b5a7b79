/**
 * Routing support. The routes themselves live in {@code application.yml}; this package
 * holds what YAML route definitions cannot express on their own, such as excluding a path
 * from the catch-all route of the public sites.
 */
package fr.clocher.gateway.routing;
