package com.pingyi.evaluation.persistence.unit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "registered_unit")
class RegisteredUnitJpaEntity {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100, unique = true)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registered_unit_predecessor", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "predecessor_id", nullable = false)
    private Set<UUID> predecessors = new HashSet<>();

    @Version
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<UUID> getPredecessors() {
        return predecessors;
    }

    public void setPredecessors(Set<UUID> predecessors) {
        this.predecessors = new HashSet<>(predecessors);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
