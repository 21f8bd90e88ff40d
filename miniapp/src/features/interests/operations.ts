import { graphql } from '../../gql';

/** The signed-in villager's interest in one shop opening, asked apart from the public detail. */
export const OpeningViewerStateQuery = graphql(`
  query OpeningViewerState($id: ID!) {
    franchiseOpening(id: $id) {
      id
      status
      isFavorite
      myInterest { id status positionTitle }
    }
  }
`);

export const ExpressInterestMutation = graphql(`
  mutation ExpressInterest($franchiseOpeningId: ID!, $positionTitle: String, $note: String, $onBehalf: OnBehalfInput) {
    expressInterest(franchiseOpeningId: $franchiseOpeningId, positionTitle: $positionTitle, note: $note, onBehalf: $onBehalf) {
      interest { id status positionTitle }
      userErrors { field message code }
    }
  }
`);
