package com.pingyi.archfixture.publicentity.persistence;

/** Breach: an entity visible outside its adapter. */
@jakarta.persistence.Entity
public class PublicRoundEntity {

    @jakarta.persistence.Id
    java.util.UUID id;
}
