import { messageArea } from './message-boundary';
import { fuzzArea } from './suite';

fuzzArea(messageArea);
