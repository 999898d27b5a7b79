/**
 * The edge cache: the communes' public answers kept in the gateway's memory and served
 * without a call to tenant-service while fresh, revalidated with their ETag after.
 */
package fr.clocher.gateway.edgecache;
