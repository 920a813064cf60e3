/** Text primitives shared by the engines; plain Java, no framework inside. */
package com.claimboard.shared.text;
