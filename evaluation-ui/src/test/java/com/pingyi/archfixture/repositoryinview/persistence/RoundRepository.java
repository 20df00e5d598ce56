package com.pingyi.archfixture.repositoryinview.persistence;

public interface RoundRepository extends org.springframework.data.jpa.repository.JpaRepository<Object, java.util.UUID> {
}
