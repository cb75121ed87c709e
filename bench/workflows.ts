// The bench worker's workflows: the product's, plus Temporal's floor to compare them with.
export * from '../workflows';
export * from './floor-workflows';
