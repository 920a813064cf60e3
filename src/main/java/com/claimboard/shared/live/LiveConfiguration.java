package com.claimboard.shared.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Presence is swept on a schedule (see {@link Presence#sweep}). */
@Configuration
@EnableScheduling
class LiveConfiguration {}
