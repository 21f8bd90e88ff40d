import { graphql } from '../../gql';

export const MyCertificatesQuery = graphql(`
  query MyCertificates {
    me { id certificates { id name number courseTitle issuedOn trainer { id name } } }
  }
`);
