-- One database per service: services never share tables.
create database catalog;
create database routine;
create database progress;
