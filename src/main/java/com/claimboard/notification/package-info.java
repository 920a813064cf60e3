/**
 * Each person's notifications: assigned to them, mentioned, their verdict sent back, approved and published, a
 * claim they follow corrected or withdrawn. Stored, shown live behind the bell in the workspace, and e-mailed to
 * those who asked when a mail server is configured.
 */
package com.claimboard.notification;
