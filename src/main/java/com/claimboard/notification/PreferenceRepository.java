package com.claimboard.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface PreferenceRepository extends JpaRepository<Preference, String> {}
