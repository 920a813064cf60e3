/**
 * Live updates: services say what changed ({@link com.claimboard.shared.live.Changes}, after the commit), and a
 * {@link com.claimboard.shared.live.Broadcast} tells every open screen, which reads again what its user may see.
 */
package com.claimboard.shared.live;
