// Whether the PostgreSQL variants run is decided once per run, here (under CI a missing PostgreSQL fails).
export { providePostgres as default } from '@clientele/store/testing';
