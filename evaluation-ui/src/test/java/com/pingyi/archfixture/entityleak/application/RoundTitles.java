package com.pingyi.archfixture.entityleak.application;

import com.pingyi.archfixture.entityleak.persistence.RoundEntity;

/** Breach: code outside the adapter reading an entity. */
public class RoundTitles {

    public String title(RoundEntity entity) {
        return entity.title;
    }
}
