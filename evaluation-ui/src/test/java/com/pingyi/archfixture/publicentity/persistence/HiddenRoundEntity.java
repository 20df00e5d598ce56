package com.pingyi.archfixture.publicentity.persistence;

@jakarta.persistence.Entity
class HiddenRoundEntity {

    @jakarta.persistence.Id
    java.util.UUID id;
}
