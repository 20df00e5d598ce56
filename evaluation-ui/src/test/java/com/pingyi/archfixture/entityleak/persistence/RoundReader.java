package com.pingyi.archfixture.entityleak.persistence;

class RoundReader {

    String read(RoundEntity entity) {
        return entity.title;
    }
}
