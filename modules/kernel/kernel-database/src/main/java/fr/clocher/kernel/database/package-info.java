/**
 * Getting a PostgreSQL database ready for Clocher: find a server (the local one when it
 * answers, else an embedded one) and create the database with its two roles, the owner
 * that runs migrations and the application role that owns nothing and cannot bypass
 * row-level security. Used by the run command and by the tests.
 */
package fr.clocher.kernel.database;
