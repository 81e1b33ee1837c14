import type { NewLocation } from '../modules/network/index.ts';

type Metro = Omit<NewLocation, 'id'>;

/** Real data-centre metros (city-centre coordinates), the demo's location catalogue. */
export const DEMO_LOCATIONS: Metro[] = [
  { name: 'Frankfurt FRA1', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.1109, longitude: 8.6821 },
  { name: 'Frankfurt FRA2', market: 'Frankfurt', country: 'DE', region: 'EMEA', latitude: 50.0997, longitude: 8.6336 },
  { name: 'Berlin BER1', market: 'Berlin', country: 'DE', region: 'EMEA', latitude: 52.52, longitude: 13.405 },
  { name: 'Munich MUC1', market: 'Munich', country: 'DE', region: 'EMEA', latitude: 48.1351, longitude: 11.582 },
  { name: 'London LON1', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5074, longitude: -0.1278 },
  { name: 'London LON2', market: 'London', country: 'GB', region: 'EMEA', latitude: 51.5115, longitude: -0.0017 },
  { name: 'Amsterdam AMS1', market: 'Amsterdam', country: 'NL', region: 'EMEA', latitude: 52.3676, longitude: 4.9041 },
  { name: 'Paris PAR1', market: 'Paris', country: 'FR', region: 'EMEA', latitude: 48.8566, longitude: 2.3522 },
  { name: 'Milan MIL1', market: 'Milan', country: 'IT', region: 'EMEA', latitude: 45.4642, longitude: 9.19 },
  { name: 'Zurich ZRH1', market: 'Zurich', country: 'CH', region: 'EMEA', latitude: 47.3769, longitude: 8.5417 },
  { name: 'Madrid MAD1', market: 'Madrid', country: 'ES', region: 'EMEA', latitude: 40.4168, longitude: -3.7038 },
  { name: 'Stockholm STO1', market: 'Stockholm', country: 'SE', region: 'EMEA', latitude: 59.3293, longitude: 18.0686 },
  { name: 'Dublin DUB1', market: 'Dublin', country: 'IE', region: 'EMEA', latitude: 53.3498, longitude: -6.2603 },
  { name: 'Ashburn IAD1', market: 'Ashburn', country: 'US', region: 'AMER', latitude: 39.0438, longitude: -77.4874 },
  { name: 'New York NYC1', market: 'New York', country: 'US', region: 'AMER', latitude: 40.7128, longitude: -74.006 },
  { name: 'Chicago CHI1', market: 'Chicago', country: 'US', region: 'AMER', latitude: 41.8781, longitude: -87.6298 },
  { name: 'Dallas DFW1', market: 'Dallas', country: 'US', region: 'AMER', latitude: 32.7767, longitude: -96.797 },
  { name: 'Los Angeles LAX1', market: 'Los Angeles', country: 'US', region: 'AMER', latitude: 34.0522, longitude: -118.2437 },
  { name: 'San Jose SJC1', market: 'Silicon Valley', country: 'US', region: 'AMER', latitude: 37.3382, longitude: -121.8863 },
  { name: 'Seattle SEA1', market: 'Seattle', country: 'US', region: 'AMER', latitude: 47.6062, longitude: -122.3321 },
  { name: 'Toronto YYZ1', market: 'Toronto', country: 'CA', region: 'AMER', latitude: 43.6532, longitude: -79.3832 },
  { name: 'São Paulo GRU1', market: 'São Paulo', country: 'BR', region: 'AMER', latitude: -23.5505, longitude: -46.6333 },
  { name: 'Singapore SIN1', market: 'Singapore', country: 'SG', region: 'APAC', latitude: 1.3521, longitude: 103.8198 },
  { name: 'Tokyo TYO1', market: 'Tokyo', country: 'JP', region: 'APAC', latitude: 35.6762, longitude: 139.6503 },
  { name: 'Hong Kong HKG1', market: 'Hong Kong', country: 'HK', region: 'APAC', latitude: 22.3193, longitude: 114.1694 },
  { name: 'Sydney SYD1', market: 'Sydney', country: 'AU', region: 'ANZ', latitude: -33.8688, longitude: 151.2093 },
  { name: 'Melbourne MEL1', market: 'Melbourne', country: 'AU', region: 'ANZ', latitude: -37.8136, longitude: 144.9631 },
  { name: 'Auckland AKL1', market: 'Auckland', country: 'NZ', region: 'ANZ', latitude: -36.8485, longitude: 174.7633 },
];
