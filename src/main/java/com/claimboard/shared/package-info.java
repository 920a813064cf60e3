/** Small domain primitives every module may use, and the workspace's UI shell. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.claimboard.shared;
