import { pageArea } from './page-path';
import { fuzzArea } from './suite';

fuzzArea(pageArea);
