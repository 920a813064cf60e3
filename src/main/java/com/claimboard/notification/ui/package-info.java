/** The bell in the top bar and the inbox behind it. */
package com.claimboard.notification.ui;
