// The GraphQL enums are the model's value sets: the codegen types equal the model's (checked by tsc, which
// `npm test` runs), and the executable schema's enum values equal the model's at run time.
import { Kind, type GraphQLEnumType, type GraphQLNamedType } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Api from '../../src/graphql/generated/resolvers.js';
import { buildSchema } from '../../src/graphql/schema.js';
import type { ActionRow, HoldingRow, RecommendationRow } from '../../src/model/rows.js';
import * as model from '../../src/model/values.js';

// By AST kind rather than instanceof: the schema builder may load another copy of graphql-js.
const isEnum = (t: GraphQLNamedType) => t.astNode?.kind === Kind.ENUM_TYPE_DEFINITION;

describe('GraphQL enums equal the model value sets', () => {
  it('in the generated types', () => {
    expectTypeOf<Api.DocumentKind>().toEqualTypeOf<model.DocumentKind>();
    expectTypeOf<Api.OrganisationKind>().toEqualTypeOf<model.OrganisationKind>();
    expectTypeOf<Api.InspectionKind>().toEqualTypeOf<model.InspectionKind>();
    expectTypeOf<Api.Grade>().toEqualTypeOf<model.Grade>();
    expectTypeOf<Api.Polarity>().toEqualTypeOf<model.Polarity>();
    expectTypeOf<Api.RecommendationKind>().toEqualTypeOf<model.RecommendationKind>();
    expectTypeOf<Api.ActionStatus>().toEqualTypeOf<model.ActionStatus>();
    expectTypeOf<Api.Capacity>().toEqualTypeOf<model.Capacity>();
    expectTypeOf<Api.RecurrenceBasis>().toEqualTypeOf<model.RecurrenceBasis>();
    expectTypeOf<Api.RecurrenceStatus>().toEqualTypeOf<model.ReviewStatus>();
    expectTypeOf<Api.HoldingBasis>().toEqualTypeOf<model.HoldingBasis>();
    expectTypeOf<Api.OwnershipBasis>().toEqualTypeOf<model.OwnershipBasis>();
    expectTypeOf<Api.SearchKind>().toEqualTypeOf<model.SearchKind>();
    expectTypeOf<Api.FactStatus>().toEqualTypeOf<model.FactStatus>();
    expectTypeOf<Api.DocumentFormat>().toEqualTypeOf<model.DocumentFormat>();
    expectTypeOf<Api.OrganisationRelation>().toEqualTypeOf<model.OrganisationRelation>();
    expectTypeOf<Api.ProposalKind>().toEqualTypeOf<model.ProposalKind>();
    expectTypeOf<Api.ReviewDecision>().toEqualTypeOf<model.ReviewDecision>();
    expectTypeOf<Api.ParticipationPart>().toEqualTypeOf<model.ParticipationPart>();
  });

  /** SDL enum name → model value set. */
  const VALUE_SETS = {
    DocumentKind: model.DocumentKind,
    OrganisationKind: model.OrganisationKind,
    InspectionKind: model.InspectionKind,
    Grade: model.Grade,
    Polarity: model.Polarity,
    RecommendationKind: model.RecommendationKind,
    ActionStatus: model.ActionStatus,
    Capacity: model.Capacity,
    RecurrenceBasis: model.RecurrenceBasis,
    RecurrenceStatus: model.ReviewStatus,
    FactStatus: model.FactStatus,
    DocumentFormat: model.DocumentFormat,
    OrganisationRelation: model.OrganisationRelation,
    ProposalKind: model.ProposalKind,
    ReviewDecision: model.ReviewDecision,
    HoldingBasis: model.HoldingBasis,
    OwnershipBasis: model.OwnershipBasis,
    SearchKind: model.SearchKind,
    ParticipationPart: model.ParticipationPart,
  };
  const schema = buildSchema();

  it.each(Object.entries(VALUE_SETS))('in the executable schema: %s', (name, values) => {
    const type = schema.getType(name);
    expect(type && isEnum(type)).toBe(true);
    expect(
      (type as GraphQLEnumType)
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...values.options].sort());
  });

  it('every enum of the schema is a model value set', () => {
    const enums = Object.values(schema.getTypeMap())
      .filter((t) => isEnum(t) && !t.name.startsWith('__'))
      .map((t) => t.name);
    expect(enums.sort()).toEqual(Object.keys(VALUE_SETS).sort());
  });
});

describe('row types follow the model', () => {
  it('reads an optional property as null and keeps required ones', () => {
    expectTypeOf<RecommendationRow['number']>().toEqualTypeOf<number | null>();
    expectTypeOf<RecommendationRow['kind']>().toEqualTypeOf<model.RecommendationKind>();
    expectTypeOf<HoldingRow['capacity']>().toEqualTypeOf<model.Capacity | null>();
    expectTypeOf<ActionRow['status']>().toEqualTypeOf<model.ActionStatus>();
  });
});
