/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AskedIn2021AskedAgainIn2023 {\n  recurringRecommendations(fromYear: 2021, toYear: 2023) {\n    recommendation {\n      id\n      number\n      text\n      themes {\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      score\n      explanation\n    }\n  }\n}": typeof types.AskedIn2021AskedAgainIn2023Document,
    "query FindingsBehindARecommendation($id: ID! = \"rec-2016-01\") {\n  recommendation(id: $id) {\n    id\n    number\n    text\n    findings {\n      id\n      polarity\n      text\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}": typeof types.FindingsBehindARecommendationDocument,
    "query Flagship {\n  recurringRecommendations(fromYear: 2016, toYear: 2023) {\n    recommendation {\n      id\n      number\n      year\n      text\n      inspection {\n        id\n        kind\n      }\n      themes {\n        id\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      explanation\n    }\n    currentOwners(asOf: null) {\n      role {\n        id\n        name\n        organisation {\n          name\n        }\n      }\n      holders {\n        name\n        from\n        to\n        capacity\n      }\n      via {\n        id\n        text\n      }\n    }\n    evidence {\n      document {\n        id\n        title\n      }\n      quote\n      locator\n    }\n  }\n}": typeof types.FlagshipDocument,
    "query HowAThemeDeveloped($id: ID! = \"theme-thresholds\") {\n  theme(id: $id) {\n    name\n    description\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n    timeline {\n      year\n      inspection {\n        id\n        kind\n      }\n      findings {\n        id\n        polarity\n        text\n      }\n      recommendations {\n        id\n        number\n        kind\n        text\n      }\n    }\n  }\n}": typeof types.HowAThemeDevelopedDocument,
    "query Listing {\n  inspections {\n    id\n    kind\n    year\n    recommendations {\n      id\n      number\n      kind\n      text\n      evidence {\n        document {\n          id\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}": typeof types.ListingDocument,
    "query SearchTheRecord($query: String! = \"strategy meetings\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    kind\n    score\n    snippet\n    node {\n      id\n      ... on Recommendation {\n        year\n      }\n      ... on Finding {\n        year\n      }\n    }\n  }\n}": typeof types.SearchTheRecordDocument,
    "query ThemesRaisedAtEveryFullInspection {\n  themesRaisedAtEvery(kind: FULL_INSPECTION) {\n    id\n    name\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n  }\n}": typeof types.ThemesRaisedAtEveryFullInspectionDocument,
    "query WhatARoleOwnsNow($role: ID! = \"role-dcs\", $asOf: Date) {\n  role(id: $role) {\n    name\n    organisation {\n      name\n    }\n    holders(asOf: $asOf) {\n      name\n      from\n      to\n      attestedOn\n      capacity\n      basis\n      evidence {\n        document {\n          title\n        }\n        quote\n      }\n    }\n    actions {\n      id\n      text\n      status\n      respondsTo {\n        ... on Recommendation {\n          id\n          year\n          text\n        }\n        ... on Theme {\n          id\n          name\n        }\n      }\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}": typeof types.WhatARoleOwnsNowDocument,
};
const documents: Documents = {
    "query AskedIn2021AskedAgainIn2023 {\n  recurringRecommendations(fromYear: 2021, toYear: 2023) {\n    recommendation {\n      id\n      number\n      text\n      themes {\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      score\n      explanation\n    }\n  }\n}": types.AskedIn2021AskedAgainIn2023Document,
    "query FindingsBehindARecommendation($id: ID! = \"rec-2016-01\") {\n  recommendation(id: $id) {\n    id\n    number\n    text\n    findings {\n      id\n      polarity\n      text\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}": types.FindingsBehindARecommendationDocument,
    "query Flagship {\n  recurringRecommendations(fromYear: 2016, toYear: 2023) {\n    recommendation {\n      id\n      number\n      year\n      text\n      inspection {\n        id\n        kind\n      }\n      themes {\n        id\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      explanation\n    }\n    currentOwners(asOf: null) {\n      role {\n        id\n        name\n        organisation {\n          name\n        }\n      }\n      holders {\n        name\n        from\n        to\n        capacity\n      }\n      via {\n        id\n        text\n      }\n    }\n    evidence {\n      document {\n        id\n        title\n      }\n      quote\n      locator\n    }\n  }\n}": types.FlagshipDocument,
    "query HowAThemeDeveloped($id: ID! = \"theme-thresholds\") {\n  theme(id: $id) {\n    name\n    description\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n    timeline {\n      year\n      inspection {\n        id\n        kind\n      }\n      findings {\n        id\n        polarity\n        text\n      }\n      recommendations {\n        id\n        number\n        kind\n        text\n      }\n    }\n  }\n}": types.HowAThemeDevelopedDocument,
    "query Listing {\n  inspections {\n    id\n    kind\n    year\n    recommendations {\n      id\n      number\n      kind\n      text\n      evidence {\n        document {\n          id\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}": types.ListingDocument,
    "query SearchTheRecord($query: String! = \"strategy meetings\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    kind\n    score\n    snippet\n    node {\n      id\n      ... on Recommendation {\n        year\n      }\n      ... on Finding {\n        year\n      }\n    }\n  }\n}": types.SearchTheRecordDocument,
    "query ThemesRaisedAtEveryFullInspection {\n  themesRaisedAtEvery(kind: FULL_INSPECTION) {\n    id\n    name\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n  }\n}": types.ThemesRaisedAtEveryFullInspectionDocument,
    "query WhatARoleOwnsNow($role: ID! = \"role-dcs\", $asOf: Date) {\n  role(id: $role) {\n    name\n    organisation {\n      name\n    }\n    holders(asOf: $asOf) {\n      name\n      from\n      to\n      attestedOn\n      capacity\n      basis\n      evidence {\n        document {\n          title\n        }\n        quote\n      }\n    }\n    actions {\n      id\n      text\n      status\n      respondsTo {\n        ... on Recommendation {\n          id\n          year\n          text\n        }\n        ... on Theme {\n          id\n          name\n        }\n      }\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}": types.WhatARoleOwnsNowDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AskedIn2021AskedAgainIn2023 {\n  recurringRecommendations(fromYear: 2021, toYear: 2023) {\n    recommendation {\n      id\n      number\n      text\n      themes {\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      score\n      explanation\n    }\n  }\n}"): (typeof documents)["query AskedIn2021AskedAgainIn2023 {\n  recurringRecommendations(fromYear: 2021, toYear: 2023) {\n    recommendation {\n      id\n      number\n      text\n      themes {\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      score\n      explanation\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindingsBehindARecommendation($id: ID! = \"rec-2016-01\") {\n  recommendation(id: $id) {\n    id\n    number\n    text\n    findings {\n      id\n      polarity\n      text\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}"): (typeof documents)["query FindingsBehindARecommendation($id: ID! = \"rec-2016-01\") {\n  recommendation(id: $id) {\n    id\n    number\n    text\n    findings {\n      id\n      polarity\n      text\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Flagship {\n  recurringRecommendations(fromYear: 2016, toYear: 2023) {\n    recommendation {\n      id\n      number\n      year\n      text\n      inspection {\n        id\n        kind\n      }\n      themes {\n        id\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      explanation\n    }\n    currentOwners(asOf: null) {\n      role {\n        id\n        name\n        organisation {\n          name\n        }\n      }\n      holders {\n        name\n        from\n        to\n        capacity\n      }\n      via {\n        id\n        text\n      }\n    }\n    evidence {\n      document {\n        id\n        title\n      }\n      quote\n      locator\n    }\n  }\n}"): (typeof documents)["query Flagship {\n  recurringRecommendations(fromYear: 2016, toYear: 2023) {\n    recommendation {\n      id\n      number\n      year\n      text\n      inspection {\n        id\n        kind\n      }\n      themes {\n        id\n        name\n      }\n    }\n    recurrences {\n      recommendation {\n        id\n        year\n        text\n      }\n      basis\n      explanation\n    }\n    currentOwners(asOf: null) {\n      role {\n        id\n        name\n        organisation {\n          name\n        }\n      }\n      holders {\n        name\n        from\n        to\n        capacity\n      }\n      via {\n        id\n        text\n      }\n    }\n    evidence {\n      document {\n        id\n        title\n      }\n      quote\n      locator\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HowAThemeDeveloped($id: ID! = \"theme-thresholds\") {\n  theme(id: $id) {\n    name\n    description\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n    timeline {\n      year\n      inspection {\n        id\n        kind\n      }\n      findings {\n        id\n        polarity\n        text\n      }\n      recommendations {\n        id\n        number\n        kind\n        text\n      }\n    }\n  }\n}"): (typeof documents)["query HowAThemeDeveloped($id: ID! = \"theme-thresholds\") {\n  theme(id: $id) {\n    name\n    description\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n    timeline {\n      year\n      inspection {\n        id\n        kind\n      }\n      findings {\n        id\n        polarity\n        text\n      }\n      recommendations {\n        id\n        number\n        kind\n        text\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Listing {\n  inspections {\n    id\n    kind\n    year\n    recommendations {\n      id\n      number\n      kind\n      text\n      evidence {\n        document {\n          id\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}"): (typeof documents)["query Listing {\n  inspections {\n    id\n    kind\n    year\n    recommendations {\n      id\n      number\n      kind\n      text\n      evidence {\n        document {\n          id\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchTheRecord($query: String! = \"strategy meetings\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    kind\n    score\n    snippet\n    node {\n      id\n      ... on Recommendation {\n        year\n      }\n      ... on Finding {\n        year\n      }\n    }\n  }\n}"): (typeof documents)["query SearchTheRecord($query: String! = \"strategy meetings\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    kind\n    score\n    snippet\n    node {\n      id\n      ... on Recommendation {\n        year\n      }\n      ... on Finding {\n        year\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemesRaisedAtEveryFullInspection {\n  themesRaisedAtEvery(kind: FULL_INSPECTION) {\n    id\n    name\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n  }\n}"): (typeof documents)["query ThemesRaisedAtEveryFullInspection {\n  themesRaisedAtEvery(kind: FULL_INSPECTION) {\n    id\n    name\n    parent {\n      name\n    }\n    inspectionCount\n    recurrenceCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhatARoleOwnsNow($role: ID! = \"role-dcs\", $asOf: Date) {\n  role(id: $role) {\n    name\n    organisation {\n      name\n    }\n    holders(asOf: $asOf) {\n      name\n      from\n      to\n      attestedOn\n      capacity\n      basis\n      evidence {\n        document {\n          title\n        }\n        quote\n      }\n    }\n    actions {\n      id\n      text\n      status\n      respondsTo {\n        ... on Recommendation {\n          id\n          year\n          text\n        }\n        ... on Theme {\n          id\n          name\n        }\n      }\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}"): (typeof documents)["query WhatARoleOwnsNow($role: ID! = \"role-dcs\", $asOf: Date) {\n  role(id: $role) {\n    name\n    organisation {\n      name\n    }\n    holders(asOf: $asOf) {\n      name\n      from\n      to\n      attestedOn\n      capacity\n      basis\n      evidence {\n        document {\n          title\n        }\n        quote\n      }\n    }\n    actions {\n      id\n      text\n      status\n      respondsTo {\n        ... on Recommendation {\n          id\n          year\n          text\n        }\n        ... on Theme {\n          id\n          name\n        }\n      }\n      evidence {\n        document {\n          title\n        }\n        quote\n        locator\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;