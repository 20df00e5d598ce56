-- The registry of units: a unit keeps its id from year to year; predecessors link merged districts.

create table registered_unit (
    id      uuid         not null,
    name    varchar(100) not null,
    version bigint       not null,
    constraint pk_registered_unit primary key (id),
    constraint uq_registered_unit_name unique (name)
);

create table registered_unit_predecessor (
    unit_id        uuid not null,
    predecessor_id uuid not null,
    constraint pk_registered_unit_predecessor primary key (unit_id, predecessor_id),
    constraint fk_registered_unit_predecessor_unit foreign key (unit_id) references registered_unit (id),
    constraint fk_registered_unit_predecessor_predecessor foreign key (predecessor_id) references registered_unit (id)
);
