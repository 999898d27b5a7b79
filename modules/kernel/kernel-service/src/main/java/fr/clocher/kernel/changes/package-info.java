/**
 * What changed on the platform, told to every instance: PostgreSQL triggers notify on
 * commit ({@code LISTEN/NOTIFY}, channels
 * {@link fr.clocher.kernel.changes.ChangeChannel}), and
 * {@link fr.clocher.kernel.changes.ChangeNotifications} turns each notification into a
 * {@link fr.clocher.kernel.changes.ChangeNotified} event for the caches of this process.
 * When the listening connection is lost, {@link fr.clocher.kernel.changes.ChangesMissed}
 * tells them to forget everything, since notifications may have been missed meanwhile.
 */
package fr.clocher.kernel.changes;
